from wsgiref import simple_server

from srv import handlers


def serve():
    pass


if __name__ == "__main__":
    serve()
