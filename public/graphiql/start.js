/* global React, ReactDOM, GraphiQL -- loaded by the page from this server (vendor scripts before this one) */
// Starts GraphiQL (served from this server's node_modules: React, ReactDOM and GraphiQL, no CDN) with the options
// the server put in the page (title, example tabs), querying /graphql on this origin.
(function start() {
  const options = JSON.parse(document.getElementById('graphiql-options').textContent);
  const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).href });
  const props = {
    fetcher,
    defaultQuery: options.defaultQuery,
    defaultTabs: options.defaultTabs,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  };
  // GraphiQL 3 opens the first default tab with its query but not its variables; on a first visit (no tabs stored
  // yet) they are given as the initial variables. Later visits keep the user's own tabs.
  let stored = null;
  try {
    stored = window.localStorage.getItem('graphiql:tabState');
  } catch {
    // Storage blocked: every visit is a first visit.
  }
  if (stored === null && options.defaultTabs && options.defaultTabs[0])
    props.variables = options.defaultTabs[0].variables;
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
})();
