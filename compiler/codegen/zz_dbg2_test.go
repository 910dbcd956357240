package codegen
import ("testing";"strings")
func TestDbgGen2(t *testing.T){
 n:=0
 for i:=0;i<400&&n<3;i++{ src:=genProgram(int64(1000+i)); _,err:=Transpile([]byte(src),Options{Module:"m",File:"f.py"}); if err!=nil && strings.Contains(err.Error(),"invalid syntax"){ n++; t.Log(err); l:=strings.Split(src,"\n"); var ln int; t.Log(ln); _ = l; t.Log(src) } }
}
