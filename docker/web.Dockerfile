# The web app, served by nginx, which passes /graphql and /health to the API.
#   docker build -f docker/web.Dockerfile -t chainboard-web .
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run web:build --outputStyle=stream

FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY docker/security-headers.conf /etc/nginx/security-headers.conf
COPY --from=build /src/dist/apps/web /usr/share/nginx/html
EXPOSE 80
