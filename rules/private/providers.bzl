"""PyGoInfo: the Python modules a target provides."""

PyGoInfo = provider(
    doc = "Python modules provided by a py_go_library (or py_go_interop) and its deps.",
    fields = {
        "modules": "list of dotted module names this target itself provides",
        "srcs_modules": "dict: source File short_path -> module name, for this target's srcs",
        "transitive": "depset of 'module<TAB>label' strings: every module in the closure and its provider",
        "importpath": "the Go import path of this target's package",
    },
)
