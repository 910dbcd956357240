import sys

from tool import cli

sys.exit(cli.main())
