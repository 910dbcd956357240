import mixed.tool
