import requests
import numpy
