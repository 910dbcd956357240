import fastmath
print("uses: imported fastmath")
