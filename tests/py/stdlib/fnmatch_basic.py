# fnmatch: fnmatch/fnmatchcase/filter/translate.
import fnmatch

names = ["a.txt", "b.py", "abc.TXT", ".hidden", "dir/x.txt", "data1.csv", "data22.csv",
         "x[1]", "star*", "q?", "a-b", "]"]
for pat in ["*.txt", "*", "?.py", "data?.csv", "data*.csv", "[ab]*", "[!a]*", "*[0-9].csv",
            "dir/*", "*/*.txt", "x[[]1]", "star[*]", "q[?]", "a[-]b", "[a-]*", "[]]", "[!]]*",
            "[z-a]*", "*.TXT", "[a-c-e]*"]:
    print(pat, fnmatch.filter(names, pat))
print(fnmatch.fnmatch("Hello.PY", "*.py"), fnmatch.fnmatchcase("Hello.PY", "*.PY"))
for pat in ["*.txt", "a*b*c", "[!a-c]?x", "[a-]", "[]]", "[!]", "[^x]", "x[a-c-e]y", "*",
            "**a", "a\\b", "[z-a]", "[a-c&&d]", "file.(1)", "[", "a[b", "*.[ch]", "[[]", "$x|y"]:
    print(repr(pat), repr(fnmatch.translate(pat)))
print(fnmatch.fnmatch("a\nb", "a?b"), fnmatch.fnmatch("long/path/name.c", "*.c"))
