print("importing")
import lib_broken
