import re

text = """Name: Alice, Age: 30
Name: Bob, Age: 25
Name: Carol, Age: 41"""
pat = re.compile(r'Name: (?P<name>\w+), Age: (?P<age>\d+)')
for m in pat.finditer(text):
    print(m.group('name'), int(m['age']) + 1, m.span(), m.groupdict())
print(pat.sub(lambda m: f"{m['name'].upper()}({m['age']})", text))
print(re.sub(r'(\d+)', r'<\1>', 'a1b22', count=1), re.split(r'\W+', 'Words, words, words.', maxsplit=1))
print(re.findall(r'\b[A-Z][a-z]+\b', text), re.search(r'Age: (\d+)$', text, re.M).group(1))
emails = 'contact: a.b@x.com, c_d@y.org; bad@, e@f.io'
print(re.findall(r'[\w.]+@[\w]+\.\w+', emails))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'), re.sub(r'\s+$', '', 'trail   '))
print(re.match(r'(?i)(?:hello|hi)\s+(\w+)', 'HeLLo World').group(1), re.fullmatch(r'[0-9a-f]+', 'deadbeef') is not None)
print(re.findall(r'(\w+)=(\d+)', 'a=1, b=22, c=x'), dict(re.findall(r'(\w+)=(\w+)', 'k=v;x=y')))
print(re.split(r'(\d)', 'a1b2c'), re.split(r'x*', 'axbc'), re.sub('a|b', '', 'abcab'))
print(repr(re.compile(r'\d+', re.I | re.S)), re.compile(r'(a)(?P<n>b)').groupindex, re.compile(r'(a)(?P<n>b)').groups)
m = re.search(r'(a)(b)?(c)', 'ac')
print(m.groups(), m.group(2), m.start(2), m.span(3), m.lastindex)
print(re.sub(r'\\', '/', r'a\b\c'), re.escape('C:\\path'), re.findall(r'\$\d+\.\d{2}', 'cost $3.50 or $10.00'))
print(re.match(r'^(\w+)@(\w+)\.com$', 'user@example.com').groups())
word_re = re.compile(r"[a-z']+")
print(word_re.findall("it's a dog's life"), [w for w in re.split(r'[.!?]\s*', 'Hi! How are you? Fine.') if w])
print(re.sub(r'(?P<word>\b\w)', lambda m: m.group('word').upper(), 'title case me'))
print(re.findall(r'.', 'a\nb'), re.findall(r'.', 'a\nb', re.DOTALL), re.findall(r'^a|b$', 'a\nb'))
print(re.compile('x').search('xyz', 1), re.compile('y').search('xyz', 1, 2), re.compile(r'$').search('ab').span())
