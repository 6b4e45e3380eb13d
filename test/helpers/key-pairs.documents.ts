import { graphql } from '../gql';

/** Key pairs and servers made with them (issue 14), as typed documents. */
export const KeyPairFields = graphql(`
  fragment KeyPairFields on KeyPair {
    id
    name
    type
    publicKey
    fingerprint
    fingerprintMd5
    createdAt
  }
`);

export const MyKeyPairs = graphql(`
  query MyKeyPairs {
    viewer {
      id
      keyPairs {
        ...KeyPairFields
      }
    }
  }
`);

export const UserKeyPairs = graphql(`
  query UserKeyPairs($id: ID!) {
    user(id: $id) {
      id
      keyPairs {
        id
      }
    }
  }
`);

export const CreateKeyPair = graphql(`
  mutation CreateKeyPair($input: CreateKeyPairInput!) {
    createKeyPair(input: $input) {
      keyPair {
        ...KeyPairFields
      }
      privateKey
    }
  }
`);

export const DeleteKeyPair = graphql(`
  mutation DeleteKeyPair($input: DeleteKeyPairInput!) {
    deleteKeyPair(input: $input) {
      deletedKeyPairId
    }
  }
`);

export const CreateServerWithKey = graphql(`
  mutation CreateServerWithKey($input: CreateServerInput!) {
    createServer(input: $input) {
      server {
        id
        keyName
        keyFingerprint
      }
    }
  }
`);

export const ServerKey = graphql(`
  query ServerKey($id: ID!) {
    server(id: $id) {
      id
      status
      keyName
      keyFingerprint
    }
  }
`);
