package py

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestImportCycle(t *testing.T) {
	// Expected message from CPython with real files.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "cyc_a.py"), []byte("import cyc_b\nx = 1\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "cyc_b.py"), []byte("from cyc_a import x\n"), 0o644)
	cmd := exec.Command("python3", "-c", "import sys\ntry:\n import cyc_a\nexcept ImportError as e: print(str(e).replace(sys.argv[1] + '/', ''))", dir)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Skip("python3:", err)
	}
	want := strings.TrimSpace(string(out))

	th := NewThread()
	RegisterModule(&ModuleDef{Name: "cyc_a", File: "cyc_a.py", Body: func(th *Thread, m *Module) error {
		if _, err := ImportTop(th, "cyc_b"); err != nil {
			return err
		}
		m.Dict.SetStr(NewStr("x"), Int(1))
		return nil
	}})
	RegisterModule(&ModuleDef{Name: "cyc_b", File: "cyc_b.py", Body: func(th *Thread, m *Module) error {
		a, err := ImportName(th, "cyc_a")
		if err != nil {
			return err
		}
		v, err := ImportFrom(th, a, NewStr("x"))
		if err != nil {
			return err
		}
		m.Dict.SetStr(NewStr("x"), v)
		return nil
	}})
	_, err = ImportTop(th, "cyc_a")
	if got := coreErrText(err); got != "ImportError: "+want {
		t.Errorf("got %q, want %q", got, want)
	}
	if SysModules.GetStr(NewStr("cyc_a")) != nil || SysModules.GetStr(NewStr("cyc_b")) != nil {
		t.Error("failed modules left in sys.modules")
	}
}

// TestImportPartialModule: a circular `import a` sees the partially
// initialised module (as CPython does), and the body runs once.
func TestImportPartialModule(t *testing.T) {
	th := NewThread()
	runs := 0
	RegisterModule(&ModuleDef{Name: "pm_c", File: "pm_c.py", Body: func(th *Thread, m *Module) error {
		runs++
		if _, err := ImportTop(th, "pm_d"); err != nil {
			return err
		}
		m.Dict.SetStr(NewStr("z"), Int(3))
		return nil
	}})
	var sawZ bool
	RegisterModule(&ModuleDef{Name: "pm_d", File: "pm_d.py", Body: func(th *Thread, m *Module) error {
		c, err := ImportTop(th, "pm_c")
		if err != nil {
			return err
		}
		sawZ, _ = HasAttr(th, c, NewStr("z"))
		_, err = GetAttr(th, c, NewStr("z"))
		if got := coreErrText(err); got != "AttributeError: partially initialized module 'pm_c' has no attribute 'z' (most likely due to a circular import)" {
			t.Errorf("got %q", got)
		}
		return nil
	}})
	c, err := ImportTop(th, "pm_c")
	if err != nil {
		t.Fatal(err)
	}
	if sawZ || runs != 1 {
		t.Errorf("sawZ=%v runs=%d", sawZ, runs)
	}
	if _, err := ImportTop(th, "pm_c"); err != nil || runs != 1 {
		t.Errorf("second import: %v, runs=%d", err, runs)
	}
	if v, _ := GetAttr(th, c, NewStr("z")); !Is(v, Int(3)) {
		t.Errorf("c.z = %v", v)
	}
}

func TestImportPackages(t *testing.T) {
	th := NewThread()
	var order []string
	RegisterModule(&ModuleDef{Name: "tpkg", File: "tpkg/__init__.py", IsPkg: true, Body: func(th *Thread, m *Module) error {
		order = append(order, "tpkg")
		return nil
	}})
	RegisterModule(&ModuleDef{Name: "tpkg.sub", File: "tpkg/sub.py", Body: func(th *Thread, m *Module) error {
		order = append(order, "tpkg.sub")
		m.Dict.SetStr(NewStr("pub"), Int(1))
		m.Dict.SetStr(NewStr("_priv"), Int(2))
		return nil
	}})
	RegisterModule(&ModuleDef{Name: "tmod", File: "tmod.py", Body: func(th *Thread, m *Module) error {
		m.Dict.SetStr(NewStr("__all__"), NewList([]Object{NewStr("_priv")}))
		m.Dict.SetStr(NewStr("_priv"), Int(2))
		m.Dict.SetStr(NewStr("pub"), Int(1))
		return nil
	}})
	top, err := ImportTop(th, "tpkg.sub")
	if err != nil {
		t.Fatal(err)
	}
	if top.(*Module).Name != "tpkg" || strings.Join(order, ",") != "tpkg,tpkg.sub" {
		t.Errorf("top = %v, order = %v", top, order)
	}
	sub, err := GetAttr(th, top, NewStr("sub"))
	if err != nil || sub.(*Module).Name != "tpkg.sub" {
		t.Errorf("tpkg.sub attribute = %v, %v", sub, err)
	}
	if v := sub.(*Module).Dict.GetStr(NewStr("__package__")); coreStr(t, th, v) != "tpkg" {
		t.Errorf("__package__ = %v", v)
	}
	g := NewDict()
	if err := ImportStar(th, sub, g); err != nil {
		t.Fatal(err)
	}
	if g.GetStr(NewStr("pub")) == nil || g.GetStr(NewStr("_priv")) != nil || g.GetStr(NewStr("__name__")) != nil {
		t.Errorf("import * without __all__: %v", g.Keys())
	}
	m, _ := ImportName(th, "tmod")
	g = NewDict()
	ImportStar(th, m, g)
	if g.GetStr(NewStr("pub")) != nil || g.GetStr(NewStr("_priv")) == nil {
		t.Errorf("import * with __all__: %v", g.Keys())
	}
	want := corePyErrors(t, "", []string{"import nosuch_mod_x", "import os.nosuch", "from sys import nosuch"})
	_, e1 := ImportTop(th, "nosuch_mod_x")
	_, e2 := ImportTop(th, "tmod.nosuch")
	sys, _ := ImportName(th, "sys")
	_, e3 := ImportFrom(th, sys, NewStr("nosuch"))
	got := []string{coreErrText(e1), strings.ReplaceAll(coreErrText(e2), "tmod", "os"), coreErrText(e3)}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("case %d: got %q, want %q", i, got[i], want[i])
		}
	}
	// from tpkg import sub2 imports the submodule.
	RegisterModule(&ModuleDef{Name: "tpkg.sub2", File: "tpkg/sub2.py"})
	if v, err := ImportFrom(th, top, NewStr("sub2")); err != nil || v.(*Module).Name != "tpkg.sub2" {
		t.Errorf("from tpkg import sub2 = %v, %v", v, err)
	}
}

// TestConcurrentImport: two threads importing one module run its body
// once; both get the finished module.
func TestConcurrentImport(t *testing.T) {
	var runs atomic.Int32
	RegisterModule(&ModuleDef{Name: "conc_mod", File: "conc_mod.py", Body: func(th *Thread, m *Module) error {
		runs.Add(1)
		time.Sleep(20 * time.Millisecond)
		m.Dict.SetStr(NewStr("ready"), True)
		return nil
	}})
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := NewThread()
			m, err := ImportTop(th, "conc_mod")
			if err != nil {
				t.Error(err)
				return
			}
			if v := m.(*Module).Dict.GetStr(NewStr("ready")); v != True {
				t.Error("saw unfinished module")
			}
		}()
	}
	wg.Wait()
	if n := runs.Load(); n != 1 {
		t.Errorf("body ran %d times", n)
	}
}

func TestLoadGlobal(t *testing.T) {
	th := NewThread()
	g := NewDict()
	var c GlobalCache
	x := Intern("x_global_test")
	if _, err := LoadGlobal(th, g, x, &c); coreErrText(err) != "NameError: name 'x_global_test' is not defined" {
		t.Errorf("got %q", coreErrText(err))
	}
	g.SetStr(x, Int(1))
	if v, _ := LoadGlobal(th, g, x, &c); !Is(v, Int(1)) {
		t.Errorf("x = %v", v)
	}
	g.SetStr(x, Int(2))
	if v, _ := LoadGlobal(th, g, x, &c); !Is(v, Int(2)) {
		t.Errorf("x after update = %v", v)
	}
	if v, _ := LoadGlobal(th, g, Intern("len"), &c); v == nil {
		t.Error("builtin len not found")
	}
}
