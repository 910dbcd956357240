# statistics: averages, spread, quantiles and errors, with CPython's exact results.
import statistics as st
from fractions import Fraction

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean([1, 2, 3, 4, 4]), st.mean([-1.0, 2.5, 3.25, 5.75]), st.mean(data))
print(st.mean([Fraction(3, 7), Fraction(1, 21), Fraction(5, 3), Fraction(1, 3)]))
print(st.mean([0.1] * 10), sum([0.1] * 10) / 10, st.fmean([0.1] * 10), st.mean([1, 2]), st.mean([True, 3]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1),
      st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([5]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]))
print(st.multimode("aabbbbbbbbcc"), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.variance(data), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.variance([Fraction(1, 6), Fraction(1, 2), Fraction(5, 3)]), st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.stdev([1, 2, 3, 4, 5]), st.variance(data, st.mean(data)), st.pvariance([1, 2, 3], mu=2))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5]), st.quantiles([1, 2, 3, 4, 5], method="inclusive"), st.quantiles([1.5, 2.5], n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]))
print(st.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(130), 12), round(nd.pdf(100), 12), nd.zscore(130))
print(st.NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), nd + 5, nd * 2)
for fn, arg in [(st.mean, []), (st.median, []), (st.mode, []), (st.variance, [1]), (st.stdev, [1]),
                (st.pvariance, []), (st.quantiles, [1]), (st.geometric_mean, [1, -1]),
                (st.harmonic_mean, [1, -1]), (st.fmean, [])]:
    try:
        fn(arg)
    except st.StatisticsError as e:
        print(fn.__name__, "StatisticsError:", e)
try:
    st.mean(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
print(issubclass(st.StatisticsError, ValueError))
