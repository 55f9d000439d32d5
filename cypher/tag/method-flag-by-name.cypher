MATCH (m:MethodFlag {key: $key})
RETURN m {.key, .name} AS tag
