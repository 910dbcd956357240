module github.com/pygo-dev/pygo

go 1.22
