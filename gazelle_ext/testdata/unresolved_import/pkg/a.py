import os

import requests
from flask import Flask
