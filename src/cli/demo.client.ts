/**
 * The few GraphQL calls `canopy demo` makes, over HTTP to a Canopy it started itself: the demo goes
 * through the same API, rules and cloud driver as any client, so what it builds is what a user
 * could have built.
 */
export class DemoClient {
  constructor(
    private readonly url: string,
    private readonly token?: string,
  ) {}

  async login(identification: string, password: string): Promise<DemoClient> {
    const data = await this.run<{ login: { token: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { token } }',
      { input: { identification, password } },
    );
    return new DemoClient(this.url, data.login.token);
  }

  /** Runs a mutation `name(input: $input)` whose input type is `<Name>Input`, and returns its payload. */
  async mutate<T>(name: string, input: Record<string, unknown>, selection: string): Promise<T> {
    const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
    const data = await this.run<Record<string, T>>(
      `mutation ($input: ${type}!) { ${name}(input: $input) ${selection} }`,
      { input },
    );
    return data[name];
  }

  /** Runs a mutation whose payload holds one object, `{ <field> { id } }`, and returns that id. */
  async make(name: string, input: Record<string, unknown>, field: string): Promise<string> {
    return (await this.mutate<Record<string, { id: string }>>(name, input, `{ ${field} { id } }`))[field].id;
  }

  async run<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data)
      throw new Error(`${query.slice(0, 60)}…: ${body.errors?.[0]?.message ?? `HTTP ${response.status}`}`);
    return body.data;
  }
}
