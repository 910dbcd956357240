package hashmods

import (
	crand "crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"math/big"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// The secrets module, drawing from the operating system's CSPRNG.

const defaultEntropy = 32

func tokenBytes(th *py.Thread, fname string, args []py.Object, kw *py.KwArgs) ([]byte, error) {
	a, err := mu.Args(fname, args, kw, []string{"nbytes"}, 0)
	if err != nil {
		return nil, err
	}
	n := int64(defaultEntropy)
	if a[0] != nil && a[0] != py.None {
		if n, err = mu.Int64(th, a[0]); err != nil {
			return nil, err
		}
	}
	if n < 0 {
		return nil, py.NewError(py.ValueErrorType, "negative argument not allowed")
	}
	b := make([]byte, n)
	if _, err := crand.Read(b); err != nil {
		return nil, py.NewOSError(5, err.Error(), nil)
	}
	return b, nil
}

func randBelow(n *big.Int) *big.Int {
	r, err := crand.Int(crand.Reader, n)
	if err != nil {
		panic("secrets: no entropy source: " + err.Error())
	}
	return r
}

func secretsBody(th *py.Thread, m *py.Module) error {
	d := mu.New(m)
	d.Set("DEFAULT_ENTROPY", py.Int(defaultEntropy))
	d.Func("token_bytes", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		b, err := tokenBytes(th, "token_bytes", args, kw)
		if err != nil {
			return nil, err
		}
		return py.NewBytes(b), nil
	})
	d.Func("token_hex", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		b, err := tokenBytes(th, "token_hex", args, kw)
		if err != nil {
			return nil, err
		}
		return py.NewStr(hex.EncodeToString(b)), nil
	})
	d.Func("token_urlsafe", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		b, err := tokenBytes(th, "token_urlsafe", args, kw)
		if err != nil {
			return nil, err
		}
		return py.NewStr(base64.RawURLEncoding.EncodeToString(b)), nil
	})
	d.Func("randbelow", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("randbelow", args, kw, []string{"exclusive_upper_bound"}, 1)
		if err != nil {
			return nil, err
		}
		n, err := mu.IndexBig(th, a[0])
		if err != nil {
			return nil, err
		}
		if n.Sign() <= 0 {
			return nil, py.NewError(py.ValueErrorType, "Upper bound must be positive.")
		}
		return py.NewIntFromBig(randBelow(n)), nil
	})
	d.Func("randbits", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("randbits", args, kw, []string{"k"}, 1)
		if err != nil {
			return nil, err
		}
		k, err := mu.Int64(th, a[0])
		if err != nil {
			return nil, err
		}
		if k < 0 {
			return nil, py.NewError(py.ValueErrorType, "number of bits must be non-negative")
		}
		return py.NewIntFromBig(randBelow(new(big.Int).Lsh(big.NewInt(1), uint(k)))), nil
	})
	d.Func("choice", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("choice", args, kw, []string{"seq"}, 1)
		if err != nil {
			return nil, err
		}
		n, err := py.Len(th, a[0])
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, py.NewError(py.IndexErrorType, "Cannot choose from an empty sequence")
		}
		return py.GetItem(th, a[0], py.NewIntFromBig(randBelow(big.NewInt(int64(n)))))
	})
	d.Func("compare_digest", compareDigest)
	if py.LookupModuleDef("random") != nil {
		r, err := py.ImportModule(th, "random")
		if err != nil {
			return err
		}
		sr, err := py.GetAttr(th, r, py.NewStr("SystemRandom"))
		if err != nil {
			return err
		}
		d.Set("SystemRandom", sr)
	}
	return nil
}

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "secrets", Body: secretsBody})
}
