import filemode.x
