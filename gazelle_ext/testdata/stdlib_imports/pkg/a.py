from __future__ import annotations

import collections.abc
import concurrent.futures
import logging
import os.path
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from json import decoder
