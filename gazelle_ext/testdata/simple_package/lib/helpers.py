import app.models
from app.util import name
