# statistics over Decimal and Fraction data; Decimal.next_plus/next_minus.
import statistics as st
from decimal import Decimal as D, getcontext
from fractions import Fraction as F

data = [D("0.5"), D("0.75"), D("0.625"), D("0.375")]
print(repr(st.mean(data)), repr(st.median(data)), repr(st.variance(data)), repr(st.pvariance(data)))
print(repr(st.stdev(data)), repr(st.pstdev(data)), repr(st.harmonic_mean([D("1"), D("4")])))
print(repr(st.variance([D("27.5"), D("30.25"), D("30.25"), D("34.5"), D("41.75")])))
print(repr(st.mean([F(1, 2), F(1, 3)])), repr(st.stdev([F(1, 2), F(3, 2), F(5, 2)])), repr(st.median([F(1, 2), F(1, 3)])))
print(D(1).next_plus(), D(1).next_minus(), D(-1).next_plus(), D(0).next_plus(), D("1.5").next_minus())
getcontext().prec = 5
print(D(1).next_plus(), D("9.9999").next_plus(), D("1.23456789").next_plus())
