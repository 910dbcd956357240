"""A thread-safe in-memory key-value store."""

import threading


class KVStore:
    """A dict guarded by a lock: request threads share one instance."""

    def __init__(self):
        self._lock = threading.Lock()
        self._data = {}
        self.writes = 0

    def get(self, key):
        with self._lock:
            return self._data.get(key)

    def put(self, key, value):
        """Store value; return True if the key is new."""
        with self._lock:
            created = key not in self._data
            self._data[key] = value
            self.writes += 1
            return created

    def delete(self, key):
        """Remove key; return True if it existed."""
        with self._lock:
            self.writes += 1
            return self._data.pop(key, None) is not None

    def stats(self):
        with self._lock:
            return {"keys": len(self._data), "writes": self.writes}
