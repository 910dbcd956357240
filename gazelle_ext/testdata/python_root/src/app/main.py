from app.db import conn

if __name__ == "__main__":
    conn.open()
