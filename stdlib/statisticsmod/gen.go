// Package statisticsmod provides Python's statistics module for Pygo
// (mean, fmean, geometric_mean, harmonic_mean, median and its variants,
// mode, multimode, quantiles, variance, pvariance, stdev, pstdev,
// covariance, correlation, linear_regression, StatisticsError), written in
// Python (py/statistics.py) and compiled to Go by pygoc;
// statistics_gen.go is checked in. Regenerate after changing the source:
//
//	go generate ./stdlib/statisticsmod
//
// Results are exact as in CPython: sums and sums of squares are Fractions
// of the values' integer ratios, converted to the data's type at the end;
// square roots are correctly rounded.
//
// Missing: NormalDist.inv_cdf, quantiles, overlap and samples (the other
// NormalDist operations are present).
package statisticsmod

//go:generate go run ../../compiler/cmd/pygoc transpile -module statistics -package statisticsmod -o statistics_gen.go py/statistics.py
