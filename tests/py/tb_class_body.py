def helper():
    return {}["missing"]

class Config:
    value = helper()
