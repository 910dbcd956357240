package renamed
