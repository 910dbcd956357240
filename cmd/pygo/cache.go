package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"

	pygo "github.com/pygo-dev/pygo"
)

// The build cache lives in $PYGO_CACHE, else <user cache dir>/pygo:
//
//	<cache>/<srchash>/pygo/          the embedded runtime, stdlib, internal,
//	                                 go.mod and go.sum, written once
//	<cache>/<srchash>/build/<hash>/  one generated Go module per distinct
//	                                 program (hash of every generated file),
//	                                 with the linked binary "prog"
//
// srchash identifies the embedded sources, so a new pygo binary never
// reuses an old runtime copy, and a program whose inputs did not change is
// never rebuilt.

var (
	srcHashOnce sync.Once
	srcHash     string
)

// sourcesHash hashes the embedded sources (names and contents).
func sourcesHash() string {
	srcHashOnce.Do(func() {
		h := sha256.New()
		var names []string
		fs.WalkDir(pygo.Sources, ".", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				names = append(names, p)
			}
			return nil
		})
		sort.Strings(names)
		for _, n := range names {
			data, _ := pygo.Sources.ReadFile(n)
			fmt.Fprintf(h, "%s\x00%d\x00", n, len(data))
			h.Write(data)
		}
		srcHash = hex.EncodeToString(h.Sum(nil))[:16]
	})
	return srcHash
}

// cacheRoot returns the cache directory for this pygo binary's sources.
func cacheRoot() (string, error) {
	base := os.Getenv("PYGO_CACHE")
	if base == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			dir = os.TempDir()
		}
		base = filepath.Join(dir, "pygo")
	}
	return filepath.Join(base, sourcesHash()), nil
}

// runtimeCopy makes sure the embedded sources are written out and returns
// the directory (a Go module root: github.com/pygo-dev/pygo).
func runtimeCopy() (string, error) {
	root, err := cacheRoot()
	if err != nil {
		return "", err
	}
	dst := filepath.Join(root, "pygo")
	if _, err := os.Stat(filepath.Join(dst, ".complete")); err == nil {
		return dst, nil
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(root, "pygo-tmp-")
	if err != nil {
		return "", err
	}
	err = fs.WalkDir(pygo.Sources, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(tmp, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := pygo.Sources.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err == nil {
		err = os.WriteFile(filepath.Join(tmp, ".complete"), nil, 0o644)
	}
	if err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	if err := os.Rename(tmp, dst); err != nil {
		// Another pygo finished first.
		os.RemoveAll(tmp)
		if _, serr := os.Stat(filepath.Join(dst, ".complete")); serr != nil {
			return "", err
		}
	}
	return dst, nil
}
