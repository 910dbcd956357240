module github.com/pygo-dev/pygo

go 1.23

require github.com/bazelbuild/bazel-gazelle v0.27.0 // indirect
