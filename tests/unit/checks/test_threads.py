"""The engine runs in gunicorn's threads: checks made at the same moment must not disturb each other.

The load test found one that did: a single Snowball stemmer shared by every thread keeps the word it is
working on in itself, so two threads stemming at once read each other's words ("string index out of range",
a 500 on the checks page).
"""

import threading
from itertools import product

import snowballstemmer

from applications.checks import text


def test_stemming_in_many_threads_at_once_gives_the_same_stems_as_one_thread():
    syllables = ["care", "nurs", "organis", "communic", "respons", "act", "station", "relat"]
    endings = ["ing", "ed", "ation", "ational", "fulness", "iveness", "ically", "ments", "s", "ly"]
    words = ["".join(parts) for parts in product(syllables, endings, ["", "ness", "ful", "ise", "ative"])]
    alone = snowballstemmer.stemmer("english")
    expected = {word: alone.stemWord(word) for word in words}
    results: dict[int, dict[str, str]] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def stem_all(number: int) -> None:
        start.wait()
        try:
            # Past the cache in front of stem(), so that every call stems.
            results[number] = {word: text.stem.__wrapped__(word) for word in words * 5}
        except BaseException as error:  # noqa: BLE001 (reported below, with the others)
            errors.append(error)

    threads = [threading.Thread(target=stem_all, args=(number,)) for number in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert all(found == expected for found in results.values())
