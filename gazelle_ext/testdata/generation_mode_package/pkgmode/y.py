import filemode.y
