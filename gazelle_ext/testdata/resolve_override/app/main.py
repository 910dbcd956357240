import yaml
import yaml.loader
from app import config
