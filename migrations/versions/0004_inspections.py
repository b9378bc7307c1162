"""Acceptance inspections, their team and rectifications, handovers, and attachments.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 13:35:16
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachment_blobs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment_blobs')),
    sa.UniqueConstraint('sha256', name=op.f('uq_attachment_blobs_sha256'))
    )
    op.create_table('attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_kind', sa.String(length=20), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('asset_id', sa.Integer(), nullable=True),
    sa.Column('blob_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('mime', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['blob_id'], ['attachment_blobs.id'], name=op.f('fk_attachments_blob_id_attachment_blobs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments')),
    sa.UniqueConstraint('owner_kind', 'owner_id', 'blob_id', name=op.f('uq_attachments_owner_kind_owner_id_blob_id'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_asset_id'), ['asset_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachments_blob_id'), ['blob_id'], unique=False)
        batch_op.create_index('ix_attachments_owner', ['owner_kind', 'owner_id'], unique=False)

    op.create_table('handovers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('asset_id', sa.Integer(), nullable=False),
    sa.Column('handed_on', sa.Date(), nullable=False),
    sa.Column('from_party', sa.String(length=200), nullable=False),
    sa.Column('to_party', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_handovers_asset_id_assets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handovers'))
    )
    with op.batch_alter_table('handovers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handovers_asset_id'), ['asset_id'], unique=False)

    op.create_table('inspections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('asset_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('inspected_on', sa.Date(), nullable=False),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('third_party_firm', sa.String(length=200), nullable=False),
    sa.Column('report_no', sa.String(length=60), nullable=False),
    sa.Column('approved_content', sa.Text(), nullable=False),
    sa.Column('actual_content', sa.Text(), nullable=False),
    sa.Column('approved_quantity', sa.BigInteger(), nullable=True),  # scaled integer (fen, 0.001)
    sa.Column('actual_quantity', sa.BigInteger(), nullable=True),  # scaled integer (fen, 0.001)
    sa.Column('quantity_unit', sa.String(length=10), nullable=False),
    sa.Column('verified_investment', sa.BigInteger(), nullable=True),  # scaled integer (fen, 0.001)
    sa.Column('check_quality', sa.Boolean(), nullable=False),
    sa.Column('check_funds', sa.Boolean(), nullable=False),
    sa.Column('check_reimbursement', sa.Boolean(), nullable=False),
    sa.Column('check_beneficiary_list', sa.Boolean(), nullable=False),
    sa.Column('check_notice_board', sa.Boolean(), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_inspections_asset_id_assets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspections'))
    )
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.create_index('ix_inspections_asset_date', ['asset_id', 'inspected_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspections_inspected_on'), ['inspected_on'], unique=False)

    op.create_table('handover_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('handover_id', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=True),  # scaled integer (fen, 0.001)
    sa.Column('unit', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['handover_id'], ['handovers.id'], name=op.f('fk_handover_items_handover_id_handovers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover_items'))
    )
    with op.batch_alter_table('handover_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handover_items_handover_id'), ['handover_id'], unique=False)

    op.create_table('inspection_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('unit', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_inspection_members_inspection_id_inspections'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_members'))
    )
    with op.batch_alter_table('inspection_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_members_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_members_name'), ['name'], unique=False)

    op.create_table('rectifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('requirement', sa.Text(), nullable=False),
    sa.Column('responsible', sa.String(length=60), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('confirmed_by', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_rectifications_inspection_id_inspections'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rectifications'))
    )
    with op.batch_alter_table('rectifications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rectifications_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_rectifications_inspection_id'), ['inspection_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('rectifications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rectifications_inspection_id'))
        batch_op.drop_index(batch_op.f('ix_rectifications_deadline'))

    op.drop_table('rectifications')
    with op.batch_alter_table('inspection_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_members_name'))
        batch_op.drop_index(batch_op.f('ix_inspection_members_inspection_id'))

    op.drop_table('inspection_members')
    with op.batch_alter_table('handover_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handover_items_handover_id'))

    op.drop_table('handover_items')
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspections_inspected_on'))
        batch_op.drop_index('ix_inspections_asset_date')

    op.drop_table('inspections')
    with op.batch_alter_table('handovers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handovers_asset_id'))

    op.drop_table('handovers')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index('ix_attachments_owner')
        batch_op.drop_index(batch_op.f('ix_attachments_blob_id'))
        batch_op.drop_index(batch_op.f('ix_attachments_asset_id'))

    op.drop_table('attachments')
    op.drop_table('attachment_blobs')
