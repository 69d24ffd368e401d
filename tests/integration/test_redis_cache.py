"""The Redis cache backend that keeps one client per connection pool (recruit_outreach/redis_cache.py), on the
real Redis: it behaves as Django's, shares one client, and threads can use it at once."""

import threading
import uuid
from urllib.parse import urlsplit, urlunsplit

from recruit_outreach.redis_cache import RedisCache

CACHE_DB = "/5"  # not the broker's or the result backend's database


def _cache(services) -> RedisCache:
    broker = urlsplit(services["broker_url"])
    return RedisCache(urlunsplit(broker._replace(path=CACHE_DB)), {"KEY_PREFIX": uuid.uuid4().hex})


def test_it_stores_reads_counts_and_deletes_as_djangos_backend_does(services):
    cache = _cache(services)
    cache.set("menu", ["Home", "Guides"], 60)
    cache.set_many({"a": 1, "b": 2}, 60)

    assert cache.get("menu") == ["Home", "Guides"]
    assert cache.get_many(["a", "b", "missing"]) == {"a": 1, "b": 2}
    assert cache.incr("a") == 2
    assert cache.add("a", 99) is False
    cache.delete("menu")
    assert cache.get("menu", "gone") == "gone"


def test_one_client_serves_every_call_and_many_threads_at_once(services):
    cache = _cache(services)
    assert cache._cache.get_client() is cache._cache.get_client("any-key")
    errors: list[BaseException] = []

    def work(number: int) -> None:
        try:
            for round_ in range(50):
                cache.set(f"thread-{number}", round_, 60)
                assert cache.get(f"thread-{number}") == round_
        except BaseException as error:  # noqa: BLE001 (collected and asserted below)
            errors.append(error)

    threads = [threading.Thread(target=work, args=(number,)) for number in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
