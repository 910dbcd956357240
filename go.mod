module github.com/pygo-dev/pygo

go 1.23

require (
	github.com/bazelbuild/bazel-gazelle v0.27.0
	github.com/dlclark/regexp2 v1.12.0
)

require (
	github.com/bazelbuild/buildtools v0.0.0-20220907133145-b9bfff5d7f91 // indirect
	github.com/bmatcuk/doublestar/v4 v4.2.0 // indirect
	github.com/cockroachdb/apd/v3 v3.2.3
	github.com/pelletier/go-toml v1.9.5 // indirect
	golang.org/x/mod v0.6.0-dev.0.20220419223038-86c51ed26bb4 // indirect
	golang.org/x/sync v0.0.0-20220907140024-f12130a52804 // indirect
	golang.org/x/sys v0.0.0-20220913175220-63ea55921009 // indirect
	golang.org/x/tools v0.1.12 // indirect
)
