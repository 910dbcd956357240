# platform: the basic facts (compared, not printed, where they vary by machine).
import platform

u = platform.uname()
print(type(u).__name__, u.system, u.machine, platform.system(), platform.machine())
print(u.system == platform.system(), u.node == platform.node(), u.release == platform.release(),
      u.version == platform.version(), len(u) == 5, u[0] == u.system)
print(platform.python_version(), platform.python_version_tuple(), platform.python_implementation())
print(platform.architecture()[0], platform.platform().startswith("%s-%s-%s" % (u.system, u.release, u.machine)))
print(platform.platform(terse=True).startswith(u.system + "-"), "ID" in platform.freedesktop_os_release())
print(repr(u).startswith("uname_result(system='Linux', node="))
