class ConfigError(Exception):
    pass

def read():
    try:
        {}["key"]
    except KeyError as e:
        raise ConfigError("missing key") from e

read()
