"""Django's Redis cache backend, keeping one client object per connection pool.

Django's own client builds a new `redis.Redis` for every cache call, and each one fills a table of some 170
response callbacks: about 0.2 ms of CPU a call, and a signed-in page makes a dozen calls. A `redis.Redis` is
safe to share between threads (each command borrows a connection from the pool), so one per pool will do.
Selected in settings.py whenever CACHE_URL is a Redis address.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
