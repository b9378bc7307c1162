"""Initial schema: regions, assets, funding, beneficiaries, ownership, disposal, audit log.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 12:20:25.849802
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('operator', sa.String(length=60), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('asset_id', sa.Integer(), nullable=True),
    sa.Column('before', sa.Text(), nullable=True),
    sa.Column('after', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_asset_id'), ['asset_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_log_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('regions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['regions.id'], name=op.f('fk_regions_parent_id_regions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_regions')),
    sa.UniqueConstraint('code', name=op.f('uq_regions_code')),
    sa.UniqueConstraint('parent_id', 'name', name=op.f('uq_regions_parent_id_name'))
    )
    with op.batch_alter_table('regions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_regions_parent_id'), ['parent_id'], unique=False)

    op.create_table('assets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('nature', sa.String(length=20), nullable=False),
    sa.Column('village_id', sa.Integer(), nullable=False),
    sa.Column('capacity', sa.BigInteger(), nullable=True),  # scaled integer (fen, 0.01 %, 0.001)
    sa.Column('capacity_unit', sa.String(length=10), nullable=False),
    sa.Column('original_value', sa.BigInteger(), nullable=False),  # scaled integer (fen, 0.01 %, 0.001)
    sa.Column('project_year', sa.Integer(), nullable=False),
    sa.Column('completion_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('operation_mode', sa.String(length=20), nullable=True),
    sa.Column('operator', sa.String(length=200), nullable=False),
    sa.Column('contract_start', sa.Date(), nullable=True),
    sa.Column('contract_end', sa.Date(), nullable=True),
    sa.Column('agreed_return', sa.BigInteger(), nullable=True),  # scaled integer (fen, 0.01 %, 0.001)
    sa.Column('custodian', sa.String(length=200), nullable=False),
    sa.Column('responsible_person', sa.String(length=60), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('deleted_reason', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['regions.id'], name=op.f('fk_assets_village_id_regions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assets')),
    sa.UniqueConstraint('code', name=op.f('uq_assets_code'))
    )
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assets_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_assets_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_assets_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_assets_village_id'), ['village_id'], unique=False)

    op.create_table('asset_beneficiaries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('asset_id', sa.Integer(), nullable=False),
    sa.Column('village_id', sa.Integer(), nullable=False),
    sa.Column('share', sa.BigInteger(), nullable=False),  # scaled integer (fen, 0.01 %, 0.001)
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_asset_beneficiaries_asset_id_assets'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['village_id'], ['regions.id'], name=op.f('fk_asset_beneficiaries_village_id_regions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_beneficiaries')),
    sa.UniqueConstraint('asset_id', 'village_id', name=op.f('uq_asset_beneficiaries_asset_id_village_id'))
    )
    with op.batch_alter_table('asset_beneficiaries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_asset_beneficiaries_asset_id'), ['asset_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_asset_beneficiaries_village_id'), ['village_id'], unique=False)

    op.create_table('asset_funding',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('asset_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),  # scaled integer (fen, 0.01 %, 0.001)
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_asset_funding_asset_id_assets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_asset_funding'))
    )
    with op.batch_alter_table('asset_funding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_asset_funding_asset_id'), ['asset_id'], unique=False)

    op.create_table('disposals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('asset_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('resolution_date', sa.Date(), nullable=True),
    sa.Column('township_review_date', sa.Date(), nullable=True),
    sa.Column('county_approval_date', sa.Date(), nullable=True),
    sa.Column('approval_doc', sa.String(length=200), nullable=False),
    sa.Column('disposed_on', sa.Date(), nullable=False),
    sa.Column('proceeds', sa.BigInteger(), nullable=False),  # scaled integer (fen, 0.01 %, 0.001)
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('previous_status', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_disposals_asset_id_assets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disposals')),
    sa.UniqueConstraint('asset_id', name=op.f('uq_disposals_asset_id'))
    )
    op.create_table('registrations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('asset_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('certificate_no', sa.String(length=60), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.Column('registering_body', sa.String(length=200), nullable=False),
    sa.Column('approval', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('is_current', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_registrations_asset_id_assets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registrations'))
    )
    with op.batch_alter_table('registrations', schema=None) as batch_op:
        batch_op.create_index('ix_registrations_asset_current', ['asset_id', 'is_current'], unique=False)

    op.create_table('registration_owners',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('registration_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('share', sa.BigInteger(), nullable=False),  # scaled integer (fen, 0.01 %, 0.001)
    sa.ForeignKeyConstraint(['registration_id'], ['registrations.id'], name=op.f('fk_registration_owners_registration_id_registrations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registration_owners'))
    )
    with op.batch_alter_table('registration_owners', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registration_owners_registration_id'), ['registration_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('registration_owners', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registration_owners_registration_id'))

    op.drop_table('registration_owners')
    with op.batch_alter_table('registrations', schema=None) as batch_op:
        batch_op.drop_index('ix_registrations_asset_current')

    op.drop_table('registrations')
    op.drop_table('disposals')
    with op.batch_alter_table('asset_funding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_asset_funding_asset_id'))

    op.drop_table('asset_funding')
    with op.batch_alter_table('asset_beneficiaries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_asset_beneficiaries_village_id'))
        batch_op.drop_index(batch_op.f('ix_asset_beneficiaries_asset_id'))

    op.drop_table('asset_beneficiaries')
    with op.batch_alter_table('assets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assets_village_id'))
        batch_op.drop_index(batch_op.f('ix_assets_status'))
        batch_op.drop_index(batch_op.f('ix_assets_name'))
        batch_op.drop_index(batch_op.f('ix_assets_category'))

    op.drop_table('assets')
    with op.batch_alter_table('regions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_regions_parent_id'))

    op.drop_table('regions')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_entity')
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))
        batch_op.drop_index(batch_op.f('ix_audit_log_asset_id'))

    op.drop_table('audit_log')

