"""RingBuffer: capacity rules, order, wraparound, overflow accounting, threaded SPSC use."""

from __future__ import annotations

import collections
import os
import threading

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.audio.ring import RingBuffer


@pytest.mark.parametrize("cap", [0, 1, 3, 100, 1000])
def test_capacity_must_be_power_of_two(cap: int) -> None:
    with pytest.raises(ValueError):
        RingBuffer(cap)


def test_capacity_for_rounds_up() -> None:
    assert RingBuffer.capacity_for(1.0, 16000) == 16384
    assert RingBuffer.capacity_for(4.0, 16000) == 65536
    assert RingBuffer.capacity_for(0.0001, 16000) == 2


def test_empty_read_returns_empty_float32() -> None:
    r = RingBuffer(8)
    out = r.read(4)
    assert out.dtype == np.float32 and out.shape == (0,)
    assert r.available == 0


def test_fifo_order_and_partial_reads() -> None:
    r = RingBuffer(16)
    r.write(np.arange(5, dtype=np.float32))
    assert r.available == 5
    np.testing.assert_array_equal(r.read(3), [0, 1, 2])
    r.write(np.arange(5, 9, dtype=np.float32))
    np.testing.assert_array_equal(r.read(), [3, 4, 5, 6, 7, 8])
    assert r.available == 0 and r.overflows == 0


def test_wraparound_many_times() -> None:
    r = RingBuffer(8)
    expected = []
    got = []
    x = 0
    for n in [3, 5, 7, 2, 6, 1, 8, 4] * 5:
        block = np.arange(x, x + n, dtype=np.float32)
        x += n
        r.write(block)
        expected.extend(block)
        got.extend(r.read())
    np.testing.assert_array_equal(got, expected)
    assert r.overflows == 0 and r.total_written == x


def test_read_returns_a_copy() -> None:
    r = RingBuffer(8)
    r.write(np.ones(4, dtype=np.float32))
    out = r.read()
    r.write(np.full(8, 7, dtype=np.float32))
    np.testing.assert_array_equal(out, np.ones(4))


def test_overflow_drops_oldest_and_counts() -> None:
    r = RingBuffer(8)
    r.write(np.arange(6, dtype=np.float32))
    r.write(np.arange(6, 12, dtype=np.float32))  # 12 > 8: 4 oldest lost
    assert r.overflows == 1 and r.dropped_samples == 4
    assert r.available == 8
    np.testing.assert_array_equal(r.read(), np.arange(4, 12))


def test_block_larger_than_capacity_keeps_newest() -> None:
    r = RingBuffer(8)
    r.write(np.arange(20, dtype=np.float32))
    assert r.overflows == 1 and r.dropped_samples == 12
    np.testing.assert_array_equal(r.read(), np.arange(12, 20))


def test_write_does_not_allocate_sample_memory() -> None:
    r = RingBuffer(1024)
    buf_before = r._buf
    ptr = r._buf.__array_interface__["data"][0]
    for _ in range(10):
        r.write(np.ones(300, dtype=np.float32))
    assert r._buf is buf_before and r._buf.__array_interface__["data"][0] == ptr


def test_threaded_producer_consumer_keeps_order() -> None:
    """One writer thread, one reader thread: every sample read is the next one in order."""
    r = RingBuffer(4096)
    total = 400_000
    done = threading.Event()

    def produce() -> None:
        x = 0
        rng = np.random.default_rng(1)
        while x < total:
            n = int(rng.integers(1, 700))
            n = min(n, total - x)
            r.write(np.arange(x, x + n, dtype=np.float32))
            x += n
            if rng.random() < 0.05:
                os.sched_yield()   # let the reader run: vary the interleaving
        done.set()

    got: list[np.ndarray] = []
    t = threading.Thread(target=produce)
    t.start()
    while not (done.is_set() and r.available == 0):
        got.append(r.read(1000))
    t.join()
    out = np.concatenate(got)
    # float32 represents these integers exactly (< 2**24).
    diffs = np.diff(out)
    assert np.all(diffs >= 1), "samples came out of order or duplicated"
    lost = total - out.shape[0]
    assert lost == int(np.sum(diffs - 1)) + int(out[0]) + int(total - 1 - out[-1])
    # Every gap is accounted for by the writer's overflow count or a discarded copy.
    assert lost <= r.dropped_samples + r.discarded_samples
    if lost == 0:
        np.testing.assert_array_equal(out, np.arange(total))


def test_threaded_slow_reader_counts_overflows() -> None:
    r = RingBuffer(256)

    def produce() -> None:
        for i in range(200):
            r.write(np.full(64, i, dtype=np.float32))

    t = threading.Thread(target=produce)
    t.start()
    t.join()
    assert r.overflows > 0
    assert r.dropped_samples == 200 * 64 - 256
    out = r.read()
    np.testing.assert_array_equal(out, np.repeat(np.arange(196, 200), 64))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(0, 40)), min_size=1, max_size=60))
def test_matches_a_drop_oldest_model(ops: list[tuple[bool, int]]) -> None:
    """Single-threaded: the ring behaves exactly like a bounded drop-oldest deque."""
    cap = 16
    r = RingBuffer(cap)
    model: collections.deque[float] = collections.deque(maxlen=cap)
    x = 0
    overflows = 0
    for is_write, n in ops:
        if is_write:
            block = np.arange(x, x + n, dtype=np.float32)
            x += n
            if n and len(model) + n > cap:
                overflows += 1
            model.extend(block.tolist())
            r.write(block)
        else:
            got = r.read(n)
            want = [model.popleft() for _ in range(min(n, len(model)))]
            np.testing.assert_array_equal(got, want)
        assert r.available == len(model)
    assert r.overflows == overflows
