"""``parse_many``: many articles, in order, with bounded memory, over processes.

Texts are read lazily and sent to a process pool in chunks; at most a few
chunks per worker are in flight, so memory stays bounded however long the
input is, and results come back in input order. ``workers=1`` runs in this
process with no pool. One bad text never stops a batch: it comes back as an
empty :class:`Article` whose ``removed`` holds the error (kind "error").

Stopping: the workers ignore Ctrl-C (the terminal sends it to the whole
process group; the calling process decides what to do), and on Linux each
worker asks the kernel to end it when its parent dies, however the parent
dies (even SIGKILL), so no worker is left asleep holding the pipes. When the
caller stops early (an exception such as KeyboardInterrupt, or ``close()`` on
the iterator), the workers are terminated at once instead of finishing the
chunks still queued.
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from .article import Article, Removal
from .pipeline import DEFAULT_MAX_CHARS, parse

__all__ = ["parse_many"]

#: Chunks in flight per worker: enough to keep workers busy, few enough to bound memory.
_IN_FLIGHT_PER_WORKER = 2


def _parse_or_error(text: object, lang: str | None, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    try:
        return parse(text, lang, max_chars=max_chars)  # type: ignore[arg-type]
    except Exception as exc:  # one bad article must not stop the batch
        return Article(language=lang, removed=[Removal("error", f"{type(exc).__name__}: {exc}")])


def _parse_chunk(texts: list[object], lang: str | None, max_chars: int) -> list[Article]:
    articles = [_parse_or_error(t, lang, max_chars) for t in texts]
    # Equal removals (a "<p>" tag, a share button, a site's footer) become one
    # object: pickle sends an object once however often it is listed, and the
    # calling process, which unpickles every result, builds 40% fewer objects.
    # (Removals are frozen: sharing one is safe.)
    shared: dict[Removal, Removal] = {}
    for article in articles:
        article.removed[:] = [shared.setdefault(r, r) for r in article.removed]
    return articles


#: prctl(2) option: a signal for this process when the thread that forked it ends.
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Linux: SIGTERM to this worker when its parent process ends, however it ends."""
    if not sys.platform.startswith("linux"):  # pragma: no cover
        return
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # pragma: no cover  (no prctl: no guard)
        return
    if os.getppid() == 1:  # pragma: no cover  (the parent died before prctl ran)
        os._exit(1)


def _init_worker() -> None:
    """In each worker process, before any text: leave signals to the caller."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the caller's Python handlers (the command line
    # turns SIGTERM into an exception); a worker just ends on SIGTERM.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool now: drop queued chunks and terminate the workers."""
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14+
    # Before 3.14 there is no public way to end running workers.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    call_queue = getattr(pool, "_call_queue", None)
    if call_queue is not None:
        # Its feeder thread may be blocked writing chunks that no worker will
        # read any more: without this, the pool's clean-up (and so the exit
        # of the interpreter) waits for that thread forever.
        call_queue.cancel_join_thread()
    pool.shutdown(wait=False, cancel_futures=True)
    if terminate is not None:  # pragma: no cover
        terminate()
        return
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)


def _chunks(items: Iterator[object], size: int) -> Iterator[list[object]]:
    while chunk := list(islice(items, size)):
        yield chunk


def parse_many(
    texts: Iterable[str | bytes],
    lang: str | None = None,
    workers: int | None = None,
    progress: bool = False,
    chunk_size: int = 32,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Article]:
    """Parse many texts; yields one `Article` per text, in input order.

    ``workers``: processes to use (None: all cores; 1: this process only).
    ``progress``: show a tqdm progress bar on stderr.
    ``max_chars``: the size guard of :func:`newsclean.parse`.

    Examples:
        >>> texts = ["Rates held\\n\\nThe bank kept rates at 4% on Monday.", 5]
        >>> [a.headline for a in parse_many(texts, workers=1)]
        ['Rates held', None]
    """
    if workers is None:
        workers = os.cpu_count() or 1
    if workers < 1:
        raise ValueError(f"parse_many() needs workers >= 1, got {workers}")
    if chunk_size < 1:
        raise ValueError(f"parse_many() needs chunk_size >= 1, got {chunk_size}")
    results = _parse_stream(iter(texts), lang, workers, chunk_size, max_chars)
    if progress:
        from tqdm import tqdm

        results = iter(tqdm(results, unit="article", desc="newsclean"))
    return results


def _parse_stream(
    texts: Iterator[object], lang: str | None, workers: int, size: int, max_chars: int
) -> Iterator[Article]:
    if workers == 1:
        for text in texts:
            yield _parse_or_error(text, lang, max_chars)
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker)
    try:
        pending: deque[Future[list[Article]]] = deque()
        for chunk in _chunks(texts, size):
            pending.append(pool.submit(_parse_chunk, chunk, lang, max_chars))
            if len(pending) >= workers * _IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BaseException:  # interrupted, or the caller stopped iterating
        _stop_workers(pool)
        raise
    pool.shutdown(wait=True)
