// The interface lives with the runners that implement it (src/lib/connectors); the figures code keeps
// importing it from here so its many SQL modules need not change.
export type { QueryParam, QueryRunner } from "../connectors/query-runner";
