import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"), repr(string.capwords("")))
t = string.Template("$who likes ${what} and $$money")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.template, t.get_identifiers(), t.is_valid())
for tmpl, kw in [("$who likes $what", {"who": "x"}), ("Give $who $", {"who": "x"}), ("line1\n  $  x", {}), ("${bad", {})]:
    try:
        print(string.Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template("Give $who $").safe_substitute(who="x"), string.Template("$1 $a").safe_substitute(a=1))
print(string.Template("${bad").is_valid())
class MyT(string.Template):
    delimiter = "%"
print(MyT("%name is %% %{age}").substitute(name="Al", age=3))
class IdT(string.Template):
    idpattern = r"[a-z]+_[a-z]+"
print(IdT("$foo_bar $baz").safe_substitute(foo_bar="yes", baz="no"))
print(string.Template("$x$y").substitute(x=1, y=2.5), string.Template("$ä").safe_substitute())
f = string.Formatter()
print(f.format("{0}-{name}", 1, name="n"), f.vformat("{} {}", (1, 2), {}))
