from report import render

out = render.render("the cat and the hat. The end!", 2)
lines = out.split("\n")
assert lines[0] == "words: 7, distinct: 5", lines[0]
assert lines[2].split() == ["the", "3"], lines[2]
print("render_test: ok")
