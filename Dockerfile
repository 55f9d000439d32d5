# The evidence-graph server. Neo4j comes from its own container (docker-compose.yml), wired by NEO4J_URI.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY bin ./bin
COPY src ./src
COPY cypher ./cypher
COPY schema ./schema
COPY data ./data
COPY public ./public
COPY neo4j ./neo4j
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
CMD ["node", "bin/evidence-graph.js", "serve"]
