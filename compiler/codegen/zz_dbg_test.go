package codegen
import ("testing";"regexp";"sort";"fmt")
func TestDbgGen(t *testing.T){
 re:=regexp.MustCompile(`:\d+:\d+:`)
 m:=map[string]int{}
 for i:=0;i<400;i++{ src:=genProgram(int64(1000+i)); _,err:=Transpile([]byte(src),Options{Module:"m",File:"f.py"}); if err!=nil{ m[re.ReplaceAllString(err.Error(),"")]++ } }
 var ks []string; for k,v:=range m{ks=append(ks,fmt.Sprintf("%4d %s",v,k))}; sort.Strings(ks); for _,k:=range ks{t.Log(k)}
}
