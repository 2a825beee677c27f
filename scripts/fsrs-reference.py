#!/usr/bin/env python3
"""Reference values for FsrsSchedulerTest, computed straight from the published FSRS-6 formulas.

Independent of the Java code: run `python3 scripts/fsrs-reference.py` and compare with the numbers
in content-model/src/test/java/org/sourcebook/content/review/FsrsSchedulerTest.java.
"""
import math

W = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
     1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542]
DECAY = -W[20]
FACTOR = 0.9 ** (1 / DECAY) - 1
RETENTION = 0.9


def r(t, s):
    return (1 + FACTOR * t / s) ** DECAY


def interval(s, retention=RETENTION):
    return max(1, min(36500, round(s / FACTOR * (retention ** (1 / DECAY) - 1))))


def d0(g):
    return W[4] - math.exp(W[5] * (g - 1)) + 1


def clamp_d(d):
    return max(1.0, min(10.0, d))


def next_d(d, g):
    damped = d + (-W[6] * (g - 3)) * (10 - d) / 9
    return clamp_d(W[7] * d0(4) + (1 - W[7]) * damped)


def short_term(s, g):
    inc = math.exp(W[17] * (g - 3 + W[18])) * s ** (-W[19])
    if g >= 3:
        inc = max(inc, 1.0)
    return s * inc


def recall_s(d, s, rr, g):
    hard = W[15] if g == 2 else 1
    easy = W[16] if g == 4 else 1
    return s * (1 + math.exp(W[8]) * (11 - d) * s ** (-W[9]) * (math.exp(W[10] * (1 - rr)) - 1) * hard * easy)


def forget_s(d, s, rr):
    long_term = W[11] * d ** (-W[12]) * ((s + 1) ** W[13] - 1) * math.exp(W[14] * (1 - rr))
    return min(long_term, s / math.exp(W[17] * W[18]))


print("D0:", [round(clamp_d(d0(g)), 6) for g in (1, 2, 3, 4)])
# Scenario: new card rated Good, Good 10 minutes later, Good when due, Again 30 days after that.
s, d = W[2], clamp_d(d0(3))
print("after first Good: S=%.6f D=%.6f (learning step 1, due in 10 min)" % (s, d))
s, d = short_term(s, 3), next_d(d, 3)
first = interval(s)
print("after same-day Good: S=%.6f D=%.6f interval=%d days" % (s, d, first))
rr = r(first, s)
s, d = recall_s(d, s, rr, 3), next_d(d, 3)
second = interval(s)
print("Good when due: R=%.6f S=%.6f D=%.6f interval=%d days" % (rr, s, d, second))
rr = r(second + 30, s)
s, d = forget_s(d, s, rr), next_d(d, 1)
print("Again 30 days late: R=%.6f S=%.6f D=%.6f (relearning, due in 10 min)" % (rr, s, d))
print("Hard on a review card (S=10, D=5, 10 days): S=%.6f" % recall_s(5, 10, r(10, 10), 2))
print("Easy on a review card (S=10, D=5, 10 days): S=%.6f" % recall_s(5, 10, r(10, 10), 4))
print("interval for S=10 at retention 0.8: %d days" % interval(10, 0.8))
