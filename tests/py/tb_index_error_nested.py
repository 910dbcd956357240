def get_row(grid, i):
    return grid[i]

def get_cell(grid, i, j):
    row = get_row(grid, i)
    return row[j]

grid = [[1, 2], [3, 4]]
print(get_cell(grid, 1, 1))
print(get_cell(grid, 1, 5))
