from __go__.example.com.repo.gomath import Double
