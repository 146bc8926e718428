"""Turns to run student code: kernels start ahead, cells run in the order of the submissions.

A submission's kernel may start while others run (start-up is mostly waiting), but its cells
wait for its turn, so that a submission rewriting the grader's files (integrity.py) taints
exactly the ones after it.
"""

import threading


class Turns:
    """Turns to run student code, `slots` at a time and in the order of the submissions:
    kernels start ahead (runner.py takes a turn once its kernel is ready), but cells run as
    they would without that, so that a submission rewriting the grader's files (integrity.py)
    still taints exactly the ones after it. A submission that never runs code gives its
    turn up when it is done."""

    def __init__(self, slots):
        self._condition = threading.Condition()
        self._free = slots
        self._next = 0  # the first ticket that has neither started nor given up
        self._finished = set()

    def turn(self, ticket):
        return Turn(self, ticket)

    def _acquire(self, ticket):
        with self._condition:
            self._condition.wait_for(lambda: self._free > 0 and self._next == ticket)
            self._free -= 1
            self._pass(ticket)

    def _release(self):
        with self._condition:
            self._free += 1
            self._condition.notify_all()

    def _give_up(self, ticket):
        with self._condition:
            self._pass(ticket)

    def _pass(self, ticket):
        self._finished.add(ticket)
        while self._next in self._finished:
            self._next += 1
        self._condition.notify_all()


class Turn:
    """One submission's turn (see Turns): `acquire()` blocks until it comes; `done()`
    gives the slot back, or the place in the order if the turn was never taken."""

    def __init__(self, turns, ticket):
        self._turns, self._ticket, self._taken = turns, ticket, False
        self.on_start = None  # called once the turn is taken, before any student code

    def acquire(self):
        self._turns._acquire(self._ticket)
        self._taken = True
        if self.on_start is not None:
            self.on_start()

    def done(self):
        if self._taken:
            self._turns._release()
        else:
            self._turns._give_up(self._ticket)


class SlotTurn(Turn):
    """A turn from a bare semaphore: a slot among others, in no particular order."""

    def __init__(self, semaphore):
        self._semaphore, self._taken, self.on_start = semaphore, False, None

    def acquire(self):
        self._semaphore.acquire()
        self._taken = True
        if self.on_start is not None:
            self.on_start()

    def done(self):
        if self._taken:
            self._semaphore.release()
