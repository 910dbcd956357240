"""The app's entry point: prints a report of its arguments or a sample text.

(examples/server, the WSGI server, will be a separate example.)
"""

import sys

from report import render



def main():
    text = " ".join(sys.argv[1:]) or "It was the best of times, it was the worst of times."
    print(render.render(text))


if __name__ == "__main__":
    main()
