# The API (NestJS + GraphQL). Build from the repository root:
#   docker build -f docker/api.Dockerfile -t chainboard-api .
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run api:build --outputStyle=stream && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production CHAINBOARD_HOME=/app HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist/apps/api ./dist/apps/api
COPY --from=build /src/seeds ./seeds
COPY --from=build /src/package.json ./package.json
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/apps/api/apps/api/src/main.js"]
